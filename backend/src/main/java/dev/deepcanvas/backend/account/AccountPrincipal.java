package dev.deepcanvas.backend.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The signed-in person as Spring Security holds them: enough to authorise without a database read. */
public record AccountPrincipal(long id, String username, String displayName, String passwordHash)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        // Never print the hash, even in a log line.
        return "AccountPrincipal[" + id + ", " + username + "]";
    }
}
