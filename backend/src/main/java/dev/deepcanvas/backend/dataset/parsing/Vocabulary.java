package dev.deepcanvas.backend.dataset.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens (words or characters) of a text dataset, in id order. Token ids are what a TokenInput receives and
 * what an RnnOutput predicts (one column per id), so the same vocabulary encodes inputs and decodes predictions.
 */
public final class Vocabulary {

    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    public Vocabulary(List<String> tokens) {
        if (tokens.size() < 2) {
            throw new IllegalArgumentException("a vocabulary needs at least two tokens");
        }
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < this.tokens.size(); i++) {
            if (ids.putIfAbsent(this.tokens.get(i), i) != null) {
                throw new IllegalArgumentException("token '" + this.tokens.get(i) + "' appears twice");
            }
        }
    }

    public int size() {
        return tokens.size();
    }

    public List<String> tokens() {
        return tokens;
    }

    public String token(int id) {
        return tokens.get(id);
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** The id of a known token; an unknown one is a bug in the generator, not a user error. */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("'" + token + "' is not in the vocabulary");
        }
        return id;
    }

    public List<String> decode(int[] ids) {
        List<String> words = new ArrayList<>(ids.length);
        for (int id : ids) {
            words.add(token(id));
        }
        return words;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    @Override
    public String toString() {
        return tokens.size() + " tokens";
    }
}
