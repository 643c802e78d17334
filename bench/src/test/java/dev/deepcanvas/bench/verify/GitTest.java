package dev.deepcanvas.bench.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The history questions the verification asks, on this repository itself. */
class GitTest {

    private final Git git = Git.here();

    @Test
    void theHeadIsItsOwnAncestorAndNothingChangedSinceItInCommittedHistory() {
        String head = git.head();
        assertThat(head).matches("[0-9a-f]{40}");
        assertThat(git.knows(head)).isTrue();
        assertThat(git.isAncestorOfHead(head)).isTrue();
        // changes since HEAD are exactly the uncommitted ones
        assertThat(git.changedSince(head, List.of("pom.xml"))).isEqualTo(git.uncommitted(List.of("pom.xml")));
    }

    @Test
    void anUnknownCommitIsNotKnown() {
        assertThat(git.knows("0123456789abcdef0123456789abcdef01234567")).isFalse();
    }

    @Test
    void theFirstCommitPrecedesChangesToTheTemplates() {
        String first = git.firstCommit();
        assertThat(git.isAncestorOfHead(first)).isTrue();
        assertThat(git.changedSince(first, List.of("templates/src/main/resources/dev/deepcanvas/templates")))
                .isNotEmpty();
    }
}
