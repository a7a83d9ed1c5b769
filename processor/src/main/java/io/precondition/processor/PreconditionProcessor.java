package io.precondition.processor;

import com.google.auto.service.AutoService;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the conditional request handling of {@code @Versioned} and {@code @ConditionalWrite} controller methods.
 * For each controller: {@link HandlerScanner} finds its annotated handlers, {@link ModelBuilder} checks them against
 * the rules and builds a plain model, and {@link BindingWriter} renders that model as one class of bindings. Every problem
 * is reported on the element at fault; one controller's problems do not hide another's. {@link ClientMethodRules}
 * checks the methods of declarative {@code @Client} types, which get nothing generated.
 */
@AutoService(Processor.class)
public final class PreconditionProcessor extends AbstractProcessor {

    private HandlerScanner scanner;
    private InheritedHandlers inherited;
    private ModelBuilder builder;
    private final BindingWriter writer = new BindingWriter();
    private Messager messager;
    private Filer filer;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        this.scanner = new HandlerScanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        this.builder = new ModelBuilder(processingEnv);
        this.inherited = new InheritedHandlers(scanner);
        this.messager = processingEnv.getMessager();
        this.filer = processingEnv.getFiler();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Controllers and declarative clients too: one may inherit annotated methods without carrying an annotation of
        // its own.
        return Set.of(HandlerScanner.VERSIONED, HandlerScanner.CONDITIONAL_WRITE, Routes.CONTROLLER,
                ClientMethodRules.CLIENT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        report(new ClientMethodRules(processingEnv).problemsOf(round));
        for (TypeElement controller : InheritedHandlers.controllersOf(round)) {
            List<Problem> problems = new ArrayList<>();
            inherited.check(controller, problems);
            report(problems);
        }
        for (Map.Entry<TypeElement, List<HandlerSite>> entry : scanner.scan(round).entrySet()) {
            TypeElement controller = entry.getKey();
            List<Problem> problems = new ArrayList<>();
            try {
                Optional<ControllerModel> model = builder.build(controller, entry.getValue(), problems);
                report(problems);
                if (model.isPresent()) {
                    writer.write(model.get(), controller).writeTo(filer);
                }
            } catch (IOException | RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                messager.printMessage(Diagnostic.Kind.ERROR,
                        Messages.unexpected(controller.getQualifiedName().toString(), trace.toString()), controller);
            }
        }
        return false;
    }

    private void report(List<Problem> problems) {
        // An entity's problem is found once per handler that reads it: reported once.
        for (Problem problem : new java.util.LinkedHashSet<>(problems)) {
            if (problem.annotation() != null && problem.value() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation(),
                        problem.value());
            } else if (problem.annotation() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
            }
        }
    }
}
