package org.newsdesk.testsupport.llm;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways for a fake model to write answers that cite the passages of the request it answers. */
public final class Replies {

    private static final Pattern PASSAGE_REFERENCE = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern SUPPORTED_REFERENCE = Pattern.compile("\\[\\{([^{}]+)}]");

    private Replies() {
    }

    /**
     * The template as a model following the prompt writes it: each {@code [{phrase}]} becomes a citation of
     * the passage containing that phrase with the whole passage as the words it rests on:
     * {@code "Eight returned [{Eight children displaced}]."} becomes {@code "Eight returned [2: "Eight
     * children displaced by ..."]."} when that passage is the second. Any other {@code {phrase}} becomes the
     * passage's number alone, as {@link #citingNumbers} writes it.
     */
    public static String citing(ModelRequest request, String template) {
        Matcher reference = SUPPORTED_REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String phrase = reference.group(1);
            reference.appendReplacement(out, Matcher.quoteReplacement("[" + request.passageWith(phrase) + ": \""
                    + request.passageTextWith(phrase) + "\"]"));
        }
        reference.appendTail(out);
        return citingNumbers(request, out.toString());
    }

    /**
     * The template with each {@code {phrase}} replaced by the number the request gives the passage
     * containing that phrase, as a model that ignores the request for supporting words writes:
     * {@code "Eight returned [{Eight children displaced}]."} becomes {@code "Eight returned [2]."}.
     */
    public static String citingNumbers(ModelRequest request, String template) {
        Matcher reference = PASSAGE_REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(out, String.valueOf(request.passageWith(reference.group(1))));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** A model that answers every answer and repair request with the template, citing as {@link #citing} does. */
    public static Function<ModelRequest, ModelReply> alwaysAnswering(String template) {
        return request -> ModelReply.text(request.kind() == ModelRequest.Kind.REWRITE ? "children returned"
                : citing(request, template));
    }
}
