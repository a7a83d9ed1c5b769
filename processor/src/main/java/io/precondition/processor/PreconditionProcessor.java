package io.precondition.processor;

import com.google.auto.service.AutoService;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the conditional request handling of {@code @Versioned} and {@code @ConditionalWrite} controller methods:
 * one class of bindings per controller. {@link #process} is its steps, in order:
 * <ol>
 *   <li>scan: {@link HandlerScanner} finds each controller's handlers, its own and those it implements or inherits
 *       ({@link HandlerSite}: the annotations that apply to each);</li>
 *   <li>controller rules: {@link InheritedHandlers} refuses handlers inherited from another concrete controller;</li>
 *   <li>analysis: {@link HandlerAnalysis} checks each handler ({@link HandlerRules}), discovers its validators and
 *       lookup ({@link BodyDiscovery}, {@link LookupDiscovery}, {@link ValidatorDiscovery}) and builds the plain
 *       model ({@link ModelBuilder});</li>
 *   <li>write: {@link BindingWriter} renders each model without problems;</li>
 *   <li>clients: {@link ClientMethodRules} checks the methods of declarative {@code @Client} types; a client without
 *       problems gets its immutable body types written ({@link ClientBodies}, {@link ClientBodiesWriter}), when
 *       precondition-client is on the compile path;</li>
 *   <li>diagnostics: {@link Diagnostics} prints every problem once, on the element at fault.</li>
 * </ol>
 * The OpenAPI step runs in Micronaut's own processor: {@link OpenApiConditionalsVisitor} documents the models of the
 * same scan and analysis. One controller's problems do not hide another's.
 */
@AutoService(Processor.class)
public final class PreconditionProcessor extends AbstractProcessor {

    private HandlerScanner scanner;
    private InheritedHandlers inherited;
    private HandlerAnalysis analysis;
    private ClientMethodRules clients;
    private ClientBodies clientBodies;
    private ClientBodiesWriter clientBodiesWriter;
    private final BindingWriter writer = new BindingWriter();

    /** Created by the compiler through {@link java.util.ServiceLoader}. */
    public PreconditionProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        this.scanner = new HandlerScanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        this.inherited = new InheritedHandlers(scanner);
        this.analysis = new HandlerAnalysis(processingEnv);
        this.clients = new ClientMethodRules(processingEnv);
        this.clientBodies = new ClientBodies(processingEnv);
        this.clientBodiesWriter = new ClientBodiesWriter(processingEnv.getTypeUtils());
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
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        Map<TypeElement, List<HandlerSite>> handlers = scanner.scan(round);
        checkControllers(InheritedHandlers.controllersOf(round), diagnostics);
        handlers.forEach((controller, sites) -> diagnostics.guard(controller, () -> generate(controller, sites,
                diagnostics)));
        for (TypeElement client : ClientMethodRules.clientsOf(round)) {
            diagnostics.guard(client, () -> generate(client, diagnostics));
        }
        diagnostics.print();
        return false;
    }

    /** Checks one declarative client's methods and, when they are right, writes its immutable body types. */
    private void generate(TypeElement client, Diagnostics diagnostics) throws IOException {
        List<Problem> problems = new ArrayList<>();
        clients.check(client, problems);
        diagnostics.problems().addAll(problems);
        Optional<ClientBodies.Model> model = problems.isEmpty() ? clientBodies.of(client) : Optional.empty();
        if (model.isPresent()) {
            clientBodiesWriter.write(model.get(), client).writeTo(processingEnv.getFiler());
        }
    }

    /** The rules of a controller as a whole, over every controller of the round, annotated or not. */
    private void checkControllers(List<TypeElement> controllers, Diagnostics diagnostics) {
        for (TypeElement controller : controllers) {
            inherited.check(controller, diagnostics.problems());
        }
    }

    /** Analyses one controller's handlers and writes its bindings when it has no problem. */
    private void generate(TypeElement controller, List<HandlerSite> sites, Diagnostics diagnostics)
            throws IOException {
        Optional<ControllerModel> model = analysis.analyse(controller, sites, diagnostics.problems());
        if (model.isPresent()) {
            writer.write(model.get(), controller).writeTo(processingEnv.getFiler());
        }
    }
}
