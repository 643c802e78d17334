package dev.deepcanvas.backend.dataset.parsing;

import dev.deepcanvas.backend.dataset.UploadedFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvParserTest {

    @Test
    void detectsAHeaderAboveNumbersAndNamesColumnsWithoutOne() {
        CsvTable withHeader = CsvParser.parse(file("a,b\r\n1,2\r\n3,4\r\n"), null);
        assertThat(withHeader.headerDetected()).isTrue();
        assertThat(withHeader.columns()).containsExactly("a", "b");
        assertThat(withHeader.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3);

        CsvTable without = CsvParser.parse(file("1,2\n3,4\n\n"), null);
        assertThat(without.headerDetected()).isFalse();
        assertThat(without.columns()).containsExactly("column 1", "column 2");
        assertThat(without.rows()).hasSize(2);
    }

    @Test
    void quotedValuesKeepCommasLineBreaksAndDoubledQuotes() {
        CsvTable table = CsvParser.parse(file("text,label\n\"one, \"\"two\"\"\nthree\",x\nplain,y\n"), null);
        assertThat(table.rows().get(0).cells()).containsExactly("one, \"two\"\nthree", "x");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void namesTheProblemOfABrokenFile() {
        assertThatThrownBy(() -> CsvParser.parse(file("a,b\n\"open,1\n"), null))
                .hasMessageStartingWith("The quote opened on line 2 of 't.csv' is never closed.");
        assertThatThrownBy(() -> CsvParser.parse(file("a,b\n1,2\n1,2,3\n"), null))
                .hasMessageStartingWith("Line 3 has 3 values but line 1 has 2.");
        assertThatThrownBy(() -> CsvParser.parse(new UploadedFile("t.csv", new byte[]{(byte) 0xC3, 0x28}), null))
                .hasMessageStartingWith("The file 't.csv' is not UTF-8 text.");
        assertThatThrownBy(() -> CsvParser.parse(file("a,b\n1,x\"y\"\n"), null))
                .hasMessageStartingWith("Line 2 has a quote in the middle of a value.");
    }

    private static UploadedFile file(String text) {
        return new UploadedFile("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
