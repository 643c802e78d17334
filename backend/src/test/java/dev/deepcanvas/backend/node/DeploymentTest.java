package dev.deepcanvas.backend.node;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentTest {

    @Test
    void rolesAreReadCaseInsensitivelyAndDefaultToAll() {
        assertThat(NodeRole.parse(null)).isEqualTo(NodeRole.ALL);
        assertThat(NodeRole.parse(" ")).isEqualTo(NodeRole.ALL);
        assertThat(NodeRole.parse("Worker")).isEqualTo(NodeRole.WORKER);
        assertThat(NodeRole.parse("web ")).isEqualTo(NodeRole.WEB);
        assertThat(NodeRole.WEB.trains()).isFalse();
        assertThat(NodeRole.WORKER.servesPages()).isFalse();
        assertThat(NodeRole.ALL.trains() && NodeRole.ALL.servesPages()).isTrue();
    }

    @Test
    void anUnknownRoleIsNamedWithTheGoodOnes() {
        assertThatThrownBy(() -> NodeRole.parse("trainer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown role 'trainer': set DEEPCANVAS_ROLE (or --deepcanvas.role=) to one of all, web, "
                        + "worker.");
    }

    @Test
    void onlyASingleProcessRunsOnTheEmbeddedDatabase() {
        assertThat(DatabaseKind.of("jdbc:h2:file:./data/deepcanvas")).isEqualTo(DatabaseKind.EMBEDDED);
        assertThat(DatabaseKind.of("jdbc:postgresql://db:5432/deepcanvas")).isEqualTo(DatabaseKind.SHARED);
        assertThat(new Deployment(NodeRole.ALL, DatabaseKind.EMBEDDED).clustered()).isFalse();
        assertThat(new Deployment(NodeRole.ALL, DatabaseKind.SHARED).clustered()).isTrue();
        assertThatThrownBy(() -> new Deployment(NodeRole.WORKER, DatabaseKind.EMBEDDED))
                .isInstanceOf(NodeStartupRefusal.class)
                .hasMessageStartingWith("The worker role needs a database shared by every node (PostgreSQL); the "
                        + "embedded H2 belongs to a single process.");
        assertThat(Deployment.refusal(NodeRole.WEB, DatabaseKind.EMBEDDED)).startsWith("The web role needs");
        assertThat(Deployment.refusal(NodeRole.WEB, DatabaseKind.SHARED)).isNull();
    }

    @Test
    void aNodeNameFitsTheJobEnginesColumnWhateverTheHostName() {
        NodeIdentity node = new NodeIdentity("a-very-long-host-name.in.some.data-centre.example.org", 4_194_303, "9f3a");

        assertThat(node.id()).isEqualTo("a-very-long-host-name.in.some.-4194303-9f3a").hasSizeLessThanOrEqualTo(50);
        assertThat(node.host()).isEqualTo("a-very-long-host-name.in.some.data-centre.example.org");
    }
}
