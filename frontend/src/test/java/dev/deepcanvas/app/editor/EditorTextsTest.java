package dev.deepcanvas.app.editor;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The short texts the editor's toolbar and tabs show about the graph. */
class EditorTextsTest {

    @Test
    void totalsCountParametersAndOnlyMentionProblemsWhenThereAreAny() {
        assertThat(EditorToolbar.totalsText(0, 0)).isEqualTo("0 parameters");
        assertThat(EditorToolbar.totalsText(35, 1)).isEqualTo("35 parameters · 1 problem");
        assertThat(EditorToolbar.totalsText(35, 3)).isEqualTo("35 parameters · 3 problems");
    }

    @Test
    void totalsGroupThousandsTheWayTheUsersLocaleDoes() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(EditorToolbar.totalsText(431_080, 0)).isEqualTo("431,080 parameters");
            Locale.setDefault(Locale.GERMANY);
            assertThat(EditorToolbar.totalsText(431_080, 0)).isEqualTo("431.080 parameters");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void saveStateNamesTheSavedVersion() {
        assertThat(EditorToolbar.saveStateText(false, 4)).isEqualTo("Saved · version 4");
        assertThat(EditorToolbar.saveStateText(true, 4)).isEqualTo("Unsaved changes");
    }

    @Test
    void theProblemsTabCountsProblems() {
        assertThat(EditorSide.problemsLabel(0)).isEqualTo("Problems");
        assertThat(EditorSide.problemsLabel(1)).isEqualTo("Problems (1)");
        assertThat(EditorSide.problemsLabel(12)).isEqualTo("Problems (12)");
    }
}
