package dev.deepcanvas.graph.dl4j;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The system properties that change how training uses the machine ({@value TrainingThreads#MEASURE},
 * {@value TrainingThreads#DATA_PARALLEL}, {@value NativeBackend#THREADS}), read strictly: a typo such as
 * {@code -Ddeepcanvas.measure-threads=flase} must be refused with its name, not quietly read as another setting.
 * The application checks them all before it starts ({@link #check}).
 */
public final class TrainingSwitches {

    private TrainingSwitches() {
    }

    /**
     * Refuses a value of any of the properties that training would not understand.
     *
     * @throws IllegalArgumentException naming the property, the value and what it accepts
     */
    public static void check(Properties system) {
        isOn(system, TrainingThreads.MEASURE);
        isOn(system, TrainingThreads.DATA_PARALLEL);
        nativeThreads(system);
    }

    /**
     * Whether a switch that is on unless set to {@code false} is on in this process's system properties.
     *
     * @throws IllegalArgumentException if it is set to anything but true or false
     */
    public static boolean isOn(String property) {
        return isOn(System.getProperties(), property);
    }

    static boolean isOn(Properties system, String property) {
        String value = system.getProperty(property);
        if (value == null) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("The system property " + property + " is '" + value
                    + "': set it to true or false.");
        };
    }

    /** The native threads per run that {@value NativeBackend#THREADS} asks for, if it is set. */
    static OptionalInt nativeThreads(Properties system) {
        String value = system.getProperty(NativeBackend.THREADS);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1) {
                return OptionalInt.of(threads);
            }
        } catch (NumberFormatException e) {
            // refused below with the same message
        }
        throw new IllegalArgumentException("The system property " + NativeBackend.THREADS + " is '" + value
                + "': set it to a whole number of threads, 1 or more.");
    }
}
