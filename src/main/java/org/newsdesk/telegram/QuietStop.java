package org.newsdesk.telegram;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Ends the pending long poll quickly and quietly when the bot stops. The poll may wait 50 s for
 * updates, and cancelling its call makes the library log an error; so the stop closes the poll's
 * socket instead, and the failed read is answered here with an empty list of updates.
 */
final class QuietStop extends EventListener implements Interceptor {

    private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Set<Socket> inUse = ConcurrentHashMap.newKeySet();

    void stop() {
        stopped.set(true);
        for (Socket socket : inUse) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is wanted; a socket that will not close is closed by the JVM's exit
            }
        }
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        inUse.add(connection.socket());
        if (stopped.get()) {
            stop();
        }
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
        inUse.remove(connection.socket());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            if (!stopped.get()) {
                throw e;
            }
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200)
                    .message("OK").body(ResponseBody.create(NO_UPDATES, MediaType.get("application/json"))).build();
        }
    }
}
