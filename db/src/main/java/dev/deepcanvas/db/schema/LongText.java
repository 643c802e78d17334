package dev.deepcanvas.db.schema;

/**
 * How an entity maps a long text column (one the migrations declare as {@code CLOB}), the same way on H2 and on
 * PostgreSQL:
 *
 * <pre>
 * &#64;JdbcTypeCode(SqlTypes.LONG32VARCHAR)
 * &#64;Column(columnDefinition = LongText.COLUMN)
 * private String document;
 * </pre>
 *
 * <p>Not {@code @Lob}: Hibernate maps a {@code @Lob String} to a large object ({@code oid}) on PostgreSQL and reads it
 * through the large-object API, which fails on a text column. {@code LONG32VARCHAR} reads and writes a plain string on
 * both databases. The column definition names the type the column really has ({@code clob}: H2's own type, and on
 * PostgreSQL the domain over {@code text} that {@link PostgresClobType} creates), so that Hibernate's schema validation
 * recognises the column on both.
 */
public final class LongText {

    /** The SQL type of the long text columns, as the migrations declare it. */
    public static final String COLUMN = "clob";

    private LongText() {
    }
}
