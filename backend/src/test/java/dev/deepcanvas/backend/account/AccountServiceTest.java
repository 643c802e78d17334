package dev.deepcanvas.backend.account;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class AccountServiceTest extends ServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void storesOnlyASlowHashOfThePassword() {
        AccountPrincipal alice = accounts.signUp("alice-" + System.nanoTime() % 100_000, "Alice", "s3cret-enough");

        AccountPrincipal loaded = accounts.loadUserByUsername(alice.username().toUpperCase());

        assertThat(loaded.id()).isEqualTo(alice.id());
        assertThat(loaded.getPassword()).startsWith("$2").doesNotContain("s3cret-enough");
        assertThat(passwords.matches("s3cret-enough", loaded.getPassword())).isTrue();
        assertThat(loaded.toString()).doesNotContain(loaded.getPassword());
    }

    @Test
    void badSignUpsNameTheField() {
        assertThatThrownBy(() -> accounts.signUp("a", "A", "long enough pass"))
                .isInstanceOf(SignUpRejectedException.class).hasMessageContaining("3 to 40")
                .extracting(e -> ((SignUpRejectedException) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> accounts.signUp("bob<script>", "B", "long enough pass"))
                .isInstanceOf(SignUpRejectedException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> accounts.signUp("bobby-" + System.nanoTime() % 100_000, "B", "short"))
                .isInstanceOf(SignUpRejectedException.class).hasMessageContaining("at least 8")
                .extracting(e -> ((SignUpRejectedException) e).field()).isEqualTo("password");
    }

    @Test
    void aTakenNameIsRefusedWhateverItsCase() {
        String name = "carol-" + System.nanoTime() % 100_000;
        accounts.signUp(name, "Carol", "long enough pass");
        assertThatThrownBy(() -> accounts.signUp(name.toUpperCase(), "Other", "long enough pass"))
                .isInstanceOf(SignUpRejectedException.class).hasMessageContaining("is taken");
    }

    @Test
    void anUnknownNameIsAnsweredLikeAWrongPasswordBySpring() {
        // Spring turns this into "bad credentials", the same answer and the same throttle count as a wrong password.
        assertThatThrownBy(() -> accounts.loadUserByUsername("nobody-" + System.nanoTime() % 100_000))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }
}
