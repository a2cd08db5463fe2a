package dev.hangtime.tui.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C told apart from the other ways a process is ended: SIGINT is the user stopping, which a session keeps as
 * stopped, while SIGTERM or a closed terminal cut it off. Only a signal handler can tell them apart; a shutdown
 * hook runs alike for all of them. The JDK's handler ({@code sun.misc.Signal}, in the {@code jdk.unsupported}
 * module every JDK has) is reached by reflection, so that the build names no internal class and warns of none.
 */
final class CtrlC {

    private CtrlC() {
    }

    /**
     * Runs {@code action} on each Ctrl-C instead of ending the process, until the returned restorer is run; where
     * the JVM will not hand SIGINT over (run with {@code -Xrs}, or without the module), Ctrl-C goes on ending it
     * through the shutdown hooks, as a cut-off.
     *
     * @return puts back what Ctrl-C did before
     */
    static Runnable onEach(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object interrupt = signalClass.getConstructor(String.class).newInstance("INT");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object handler = Proxy.newProxyInstance(CtrlC.class.getClassLoader(), new Class<?>[] {handlerClass},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            action.run();
                            return null;
                        }
                        // equals, hashCode and toString, which the JDK may ask of a handler it keeps.
                        switch (method.getName()) {
                            case "equals":
                                return proxy == args[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            default:
                                return "Ctrl-C handler";
                        }
                    });
            Object before = handle.invoke(null, interrupt, handler);
            return () -> {
                try {
                    handle.invoke(null, interrupt, before);
                } catch (ReflectiveOperationException e) {
                    // Nothing left to put back.
                }
            };
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return () -> { };
        }
    }
}
