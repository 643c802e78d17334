package dev.deepcanvas.backend.account;

import dev.deepcanvas.db.account.UserEntity;
import dev.deepcanvas.db.account.UserRepository;
import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.dataset.UploadedDatasetEntity;
import dev.deepcanvas.db.dataset.UploadedDatasetRepository;
import dev.deepcanvas.db.graph.GraphRepository;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Accounts: sign-up with validation, look-up for sign-in. The login throttle is applied in front of the look-up, by
 * the web layer, so a locked attempt never reaches it and names with and without an account are treated alike.
 */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 72; // bcrypt reads at most 72 bytes; longer would silently be cut
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    private final UserRepository users;
    private final GraphRepository graphs;
    private final RunRepository runs;
    private final UploadedDatasetRepository uploads;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public AccountService(UserRepository users, GraphRepository graphs, RunRepository runs,
                          UploadedDatasetRepository uploads, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.graphs = graphs;
        this.runs = runs;
        this.uploads = uploads;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates an account. The first account on an installation also adopts whatever was made before accounts
     * existed, so a single user upgrading loses nothing.
     *
     * @throws SignUpRejectedException naming the field and what to change
     */
    @Transactional
    public AccountPrincipal signUp(String username, String displayName, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new SignUpRejectedException("username",
                    "Use 3 to 40 letters, digits, dots, dashes or underscores for the user name.");
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > 100) {
            throw new SignUpRejectedException("displayName", "The display name can have at most 100 characters.");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new SignUpRejectedException("password", "Use a password of at least " + MIN_PASSWORD + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw new SignUpRejectedException("password", "Use a password of at most " + MAX_PASSWORD + " bytes.");
        }
        if (users.existsByUsernameIgnoreCase(name)) {
            throw new SignUpRejectedException("username", "The user name '" + name + "' is taken; choose another.");
        }
        boolean first = users.count() == 0;
        UserEntity user;
        try {
            user = users.saveAndFlush(new UserEntity(name, shown, passwords.encode(password), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new SignUpRejectedException("username", "The user name '" + name + "' is taken; choose another.");
        }
        if (first) {
            for (GraphEntity orphan : graphs.findByOwnerIdIsNull()) {
                orphan.adopt(user.getId());
            }
            for (RunEntity orphan : runs.findByOwnerIdIsNull()) {
                orphan.assignOwner(user.getId());
            }
            for (UploadedDatasetEntity orphan : uploads.findByOwnerIdIsNull()) {
                orphan.assignOwner(user.getId());
            }
        }
        return principal(user);
    }

    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public String displayName(Long userId) {
        return userId == null ? "(nobody)" : users.findById(userId).map(UserEntity::getDisplayName).orElse("(deleted)");
    }

    /** For Spring Security's sign-in. */
    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .map(AccountService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    private static AccountPrincipal principal(UserEntity user) {
        return new AccountPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash());
    }
}
