package org.newsdesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Mode;
import org.newsdesk.answer.Question;
import org.newsdesk.llm.grounding.Citations;
import org.newsdesk.llm.grounding.GroundingCheck;
import org.newsdesk.llm.grounding.GroundingReport;
import org.newsdesk.observe.Observer;
import org.newsdesk.observe.Observer.ModelCall;
import org.newsdesk.prompts.Messages;
import org.newsdesk.prompts.Prompts;

/**
 * Answers with a language model, keeping every guarantee of the extractive answerer: the model is
 * asked only when the articles cover the question, its answer is shown only once it is grounded in
 * the passages it was given (after one repair at most), and whenever the model fails, times out or
 * cannot be trusted, the reader gets the extractive answer with a notice saying so.
 */
public final class LlmAnswerer implements Answerer {

    private final Answerer extractive;
    private final Supplier<Prompts> prompts;
    private final NewsAssistant assistant;
    private final Vetting vetting;
    private final ReaderMessages messages;
    private final Conversations conversations;
    private final ModelHealth health;
    private final Duration timeout;
    private final Observer observer;
    private final ConversationTurns turns = new ConversationTurns();

    LlmAnswerer(Answerer extractive, Supplier<Prompts> prompts, Supplier<Messages> messages, NewsAssistant assistant,
                Vetting vetting, Conversations conversations, ModelHealth health, Duration timeout,
                Observer observer) {
        this.extractive = extractive;
        this.prompts = prompts;
        this.assistant = assistant;
        this.vetting = vetting;
        this.messages = new ReaderMessages(messages);
        this.conversations = conversations;
        this.health = health;
        this.timeout = timeout;
        this.observer = observer;
    }

    @Override
    public Answer answer(Question question) {
        return timed(question, null);
    }

    /** Streams the answer: {@code partialText} receives the whole verified text so far, a sentence at a time. */
    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        return timed(question, partialText);
    }

    @Override
    public void forget(String conversation) {
        turns.inTurn(conversation, () -> {
            assistant.evictChatMemory(conversation);
            conversations.forget(conversation);
            return null;
        });
    }

    private Answer timed(Question question, Consumer<String> partialText) {
        long started = System.nanoTime();
        String memoryId = Conversations.memoryId(question);
        Answer answer = turns.inTurn(memoryId, () -> answerInTurn(memoryId, question, partialText));
        return answer.withMillis((System.nanoTime() - started) / 1_000_000);
    }

    private Answer answerInTurn(String memoryId, Question question, Consumer<String> partialText) {
        List<ChatMessage> before = conversations.history(memoryId);
        Answer answer = answerWithModel(memoryId, question, partialText);
        if (memoryId.startsWith(ConversationStore.UNSAVED)) {
            assistant.evictChatMemory(memoryId);
            conversations.forget(memoryId);
        } else {
            conversations.record(memoryId, before, question.text(), Citations.strip(answer.text()));
        }
        return answer;
    }

    private Answer answerWithModel(String memoryId, Question question, Consumer<String> partialText) {
        Turn turn = new Turn(question, extractive.answer(question));
        if (question.text().isBlank() || question.text().length() > Question.MAX_LENGTH) {
            return turn.extractive();
        }
        if (health.resting()) {
            return fallback(turn, "notice.model-unavailable");
        }
        Prompts current = prompts.get();
        GroundingCheck check = groundingCheck(current);
        Draft draft;
        try {
            draft = partialText == null ? whole(memoryId, question, turn)
                    : streamed(memoryId, question, turn, check, vetting.showsEarly() ? partialText : shown -> { });
            health.answered();
        } catch (NotCovered notCovered) {
            return turn.extractive();
        } catch (RuntimeException failure) {
            return failed(turn, failure);
        }
        return verified(draft, turn, check, current);
    }

    private Draft whole(String memoryId, Question question, Turn turn) {
        Result<String> result = assistant.answer(memoryId, question.text(), turn.parameters());
        return new Draft(result.content(), result.sources() == null ? List.of() : result.sources());
    }

    private Draft streamed(String memoryId, Question question, Turn turn, GroundingCheck check,
                           Consumer<String> partialText) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicReference<List<Content>> passages = new AtomicReference<>(List.of());
        AtomicReference<VerifiedPrefix> shown = new AtomicReference<>();
        StringBuilder text = new StringBuilder();
        assistant.answerStreaming(memoryId, question.text(), turn.parameters())
                .onRetrieved(contents -> {
                    passages.set(contents);
                    shown.set(new VerifiedPrefix(check, PassageList.given(contents), partialText));
                })
                .onPartialResponse(piece -> {
                    text.append(piece);
                    if (shown.get() != null) {
                        shown.get().grew(ModelText.visible(text.toString()));
                    }
                })
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = awaited(done);
        String complete = response.aiMessage() != null && response.aiMessage().text() != null
                ? response.aiMessage().text() : text.toString();
        return new Draft(complete, passages.get());
    }

    private ChatResponse awaited(CompletableFuture<ChatResponse> done) {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ModelCallFailed(e.getCause());
        } catch (TimeoutException e) {
            throw new ModelCallFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallFailed(e);
        }
    }

    private Answer verified(Draft draft, Turn turn, GroundingCheck check, Prompts current) {
        if (draft.passages().isEmpty()) {
            return turn.extractive();
        }
        Vetting.Outcome outcome = vetting.vet("answer", draft.text(), PassageList.given(draft.passages()), check,
                report -> repairRequest(current, turn, draft, report));
        if (outcome.shown()) {
            observer.modelCalled(ModelCall.OK);
            return modelAnswer(turn, draft.revised(outcome.text()));
        }
        if (outcome.failure() != null) {
            return failed(turn, outcome.failure());
        }
        observer.modelCalled(ModelCall.FALLBACK_UNVERIFIED);
        return fallback(turn, "notice.model-unverified");
    }

    private static Answer modelAnswer(Turn turn, Draft draft) {
        return new Answer(turn.question().text(), Citations.renumbered(draft.text()), true, SourceList.of(draft),
                Mode.LLM, "", 0);
    }

    /** The model failed or timed out: the extractive answer, with a notice. */
    private Answer failed(Turn turn, RuntimeException failure) {
        health.failed(failure);
        observer.modelCalled(ModelCallFailed.timedOut(failure) ? ModelCall.FALLBACK_TIMEOUT : ModelCall.FALLBACK_ERROR);
        return fallback(turn, "notice.model-unavailable");
    }

    /** The extractive answer, with a notice saying why when it stands in for a model's answer. */
    private Answer fallback(Turn turn, String notice) {
        Answer answer = turn.extractive();
        if (!answer.answerable()) {
            return answer;
        }
        return new Answer(answer.question(), answer.text(), true, answer.sources(), answer.mode(),
                messages.notice(notice, turn.question()), answer.millis());
    }

    private static String repairRequest(Prompts current, Turn turn, Draft draft, GroundingReport report) {
        return current.render("llm/repair", Map.of(
                "passages", PassageList.render(current, draft.passages()),
                "question", PassageList.fenced(turn.question().text()),
                "answer", PassageList.fenced(draft.text()),
                "problems", ProblemList.render(current, report, draft.passages().size())));
    }

    /** Everything the model is told, which its answers must never repeat. */
    private static GroundingCheck groundingCheck(Prompts current) {
        return new GroundingCheck(List.of(current.text("llm/rules"), current.text("llm/answer"),
                current.text("llm/repair"), current.text("llm/follow-up")));
    }
}
