package org.newsdesk.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.Desk;
import org.newsdesk.index.Embedder;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.testsupport.SharedModel;
import org.newsdesk.testsupport.TestDesks;

/** Dev tool: dumps per-question, per-passage features as JSON lines for offline calibration. */
public final class FeatureDump {
    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("dump");
        GoldenSet set = GoldenSet.load();
        String seed = args.length > 0 && args[0].equals("raw") ? TestDesks.RAW_SEED : set.seed();
        Desk desk = TestDesks.loaded(root, seed, set.extra());
        Snapshot snap = desk.snapshot();
        Embedder e = SharedModel.get();
        LexicalIndex lex = snap.lexical();
        List<Passage> ps = snap.passages();
        List<float[]> bare = e.embedPassages(ps.stream().map(Passage::text).toList());
        List<float[]> ctx = e.embedPassages(ps.stream().map(p -> p.article().title() + ". " + p.text()).toList());
        java.util.Map<String, String> main = new java.util.HashMap<>();
        for (var a : snap.articles()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)+").matcher(a.reporting());
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            while (m.find()) { String g = m.group().replaceFirst("^(The|A|An|US|But|It|In) ", ""); if (g.contains(" ")) counts.merge(g, 1, Integer::sum); }
            String best = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
            System.err.println(a.document() + " main entity: " + best + " " + counts);
            main.put(a.document(), best);
        }
        java.util.Map<String, String> protagonist = new java.util.HashMap<>();
        for (var a : snap.articles()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)+").matcher(a.reporting());
            protagonist.put(a.document(), m.find() ? m.group() : "");
            System.err.println("protagonist " + protagonist.get(a.document()));
        }
        java.util.regex.Pattern descriptor = java.util.regex.Pattern.compile("^[“\"]?(?:(?:But|And|So)\\s+)?(?:[Ss]he|[Hh]e|They|Her|His|Their|The\\s+(?:\\d+-year-old|[\\p{L}-]+-born|former|ex-))\\b");
        List<float[]> coref = e.embedPassages(ps.stream().map(p -> descriptor.matcher(p.text()).find() ? protagonist.get(p.document()) + ": " + p.text() : p.text()).toList());
        ps.stream().filter(p -> descriptor.matcher(p.text()).find()).forEach(p -> System.err.println("coref: " + p.text()));
        List<float[]> ent = e.embedPassages(ps.stream().map(p -> p.text().contains(main.get(p.document())) ? p.text() : main.get(p.document()) + ": " + p.text()).toList());
        double[] hub3 = new double[ps.size()];
        double[] hubAll = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            double[] sims = new double[ps.size() - 1];
            int k = 0;
            for (int j = 0; j < ps.size(); j++) if (j != i) sims[k++] = dot(bare.get(i), bare.get(j));
            java.util.Arrays.sort(sims);
            double s3 = 0; for (int t = 0; t < 3; t++) s3 += sims[sims.length - 1 - t];
            hub3[i] = s3 / 3;
            double sa = 0; for (double v : sims) sa += v; hubAll[i] = sa / sims.length;
        }
        ObjectMapper json = new ObjectMapper();
        for (GoldenSet.Item item : set.questions()) {
            QuestionGuard.Checked checked = QuestionGuard.check(item.q());
            String q = checked.question();
            float[] qv = e.embedQuery(q);
            String masked = q.replaceAll("(?<=\\S\\s)(\\p{Lu}[\\p{L}-]+)(\\s+\\p{Lu}[\\p{L}-]+)*('s)?", "them").replaceAll("\\s+", " ");
            System.err.println("masked: " + masked);
            float[] mv = e.embedQuery(masked);
            Set<String> qt = lex.terms(q);
            ObjectNode line = json.createObjectNode();
            line.put("q", item.q());
            line.put("answerable", item.shouldAnswer());
            line.put("guard", checked.ok());
            line.put("unknown", Specifics.unknownIn(q, snap).size());
            line.put("kind", QuestionKind.of(q).name());
            ArrayNode terms = line.putArray("qterms");
            for (String t : qt) {
                ObjectNode tn = terms.addObject();
                tn.put("t", t);
                tn.put("idf", lex.idf(t));
                tn.put("df", lex.passagesWith(t));
            }
            ArrayNode arr = line.putArray("passages");
            for (Passage p : ps) {
                ObjectNode pn = arr.addObject();
                String text = p.text().toLowerCase(Locale.ROOT);
                boolean correct = item.expect().stream().anyMatch(x -> text.contains(x.toLowerCase(Locale.ROOT)))
                        && (item.onExtra() == p.document().equals(set.extra()));
                pn.put("correct", correct);
                Set<String> st = new HashSet<>(lex.terms(p.text()));
                pn.put("doc", p.document().equals(set.extra()) ? "extra" : "seed");
                pn.put("i", p.index());
                pn.put("bare", dot(qv, bare.get(p.index())));
                pn.put("ctx", dot(qv, ctx.get(p.index())));
                pn.put("ent", dot(qv, ent.get(p.index())));
                pn.put("mask", dot(mv, bare.get(p.index())));
                pn.put("coref", dot(qv, coref.get(p.index())));
                pn.put("snap", snap.similarity(qv, p.index()));
                StringBuilder residual = new StringBuilder();
                for (String word : q.split("\\s+")) {
                    Set<String> wt = lex.terms(word);
                    if (wt.isEmpty() || !st.containsAll(wt)) residual.append(word).append(' ');
                }
                String r = residual.toString().strip();
                pn.put("residual", r);
                pn.put("resid", r.isEmpty() ? 1.0 : snap.similarity(e.embedQuery(r), p.index()));
                pn.put("hub3", hub3[p.index()]);
                pn.put("hubAll", hubAll[p.index()]);
                Set<String> tt = new HashSet<>(lex.terms(p.article().title()));
                ArrayNode has = pn.putArray("has");
                for (String t : qt) {
                    has.add(st.contains(t) ? 2 : tt.contains(t) ? 1 : 0);
                }
                pn.put("fits", QuestionKind.of(q).canBeAnsweredBy(p.text()));
                pn.put("text", p.text().substring(0, Math.min(60, p.text().length())));
            }
            System.out.println(line);
        }
        System.exit(0);
    }

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
