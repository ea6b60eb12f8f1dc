package org.newsdesk.testsupport.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body (how the client sends files) into the JSON shape the fake reads:
 * text fields as strings, a file as {@code {"filename": ..., "content": base64}}.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    static ObjectNode parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart body without a boundary");
        }
        // ISO-8859-1 maps every byte to one char, so binary parts survive the split unchanged
        String text = new String(body, StandardCharsets.ISO_8859_1);
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String part : text.split(Pattern.quote("--" + boundary.group(1)))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String value = part.substring(headersEnd + 4, part.endsWith("\r\n") ? part.length() - 2 : part.length());
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
            Matcher fileName = FILE_NAME.matcher(headers);
            if (fileName.find()) {
                fields.putObject(name.group(1)).put("filename", fileName.group(1))
                        .put("content", Base64.getEncoder().encodeToString(bytes));
            } else {
                fields.put(name.group(1), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
