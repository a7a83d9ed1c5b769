package io.precondition.processor;

import com.palantir.javapoet.TypeName;
import io.precondition.processor.BodyDiscovery.FoundBody;
import io.precondition.processor.HandlerModel.LookupModel;
import io.precondition.processor.HandlerModel.ValueFromTag;
import io.precondition.processor.LookupDiscovery.LookupSite;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From one controller's scanned handlers to its model, the same for the generated bindings
 * ({@link PreconditionProcessor}) and for the OpenAPI document ({@link OpenApiConditionalsVisitor}). Per handler, in
 * order, each step only when the steps before it found no problem: the rules of its annotations
 * ({@link HandlerRules}), discovery of its body's validators ({@link BodyDiscovery}), the rule that a read has some,
 * discovery of its lookup ({@link LookupDiscovery}) and the rules between lookup and body, the write's guard, the
 * If-Match claim ({@link IfMatchClaims}), then its model ({@link ModelBuilder}). A controller with any problem gets no
 * model.
 */
final class HandlerAnalysis {

    private final HandlerRules rules;
    private final BodyDiscovery bodies;
    private final LookupDiscovery lookups;
    private final IfMatchClaims claims;
    private final ModelBuilder models;
    private final Elements elements;

    HandlerAnalysis(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        TypeTests types = new TypeTests(elements, env.getTypeUtils());
        ReturnTypes returnTypes = new ReturnTypes(types);
        ValidatorDiscovery validators = new ValidatorDiscovery(elements, env.getTypeUtils());
        this.rules = new HandlerRules(elements, types);
        this.bodies = new BodyDiscovery(returnTypes, validators);
        this.lookups = new LookupDiscovery(elements, types, returnTypes, validators);
        this.claims = new IfMatchClaims(elements, types);
        this.models = new ModelBuilder(elements, env.getTypeUtils());
    }

    /**
     * @param sites the controller's annotated handlers ({@link HandlerScanner})
     * @param problems where every broken rule is added
     * @return the controller's model, or empty when it has problems or no handler
     */
    Optional<ControllerModel> analyse(TypeElement controller, List<HandlerSite> sites, List<Problem> problems) {
        int before = problems.size();
        rules.checkController(controller, sites, problems);
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerSite site : sites) {
            handler(controller, site, problems).ifPresent(handlers::add);
        }
        if (problems.size() > before || handlers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(models.controller(controller, handlers));
    }

    /** @return the handler's parameter types, erased, as its model names them (with its name, what identifies it) */
    List<TypeName> parameterTypesOf(ExecutableElement method) {
        return models.parameterTypesOf(method);
    }

    private Optional<HandlerModel> handler(TypeElement controller, HandlerSite site, List<Problem> problems) {
        int before = problems.size();
        PackageElement pkg = elements.getPackageOf(controller);
        if (!rules.checkHandler(site, problems)) {
            return Optional.empty();
        }
        Optional<FoundBody> body = bodies.discover(site.method(), site.write() != null, pkg, problems);
        if (body.isEmpty() || !rules.checkValidators(controller, site, body.get(), problems)) {
            return Optional.empty();
        }
        LookupModel lookup = lookup(controller, site, body.get(), pkg, problems);
        if (problems.size() > before || !rules.checkGuarded(site, lookup, problems)) {
            return Optional.empty();
        }
        if (!ModelBuilder.lookupOnIfMatch(elements, site.write())) {
            Optional<ValueFromTag> claim = claims.claimOf(site, lookup, models.absentIsNotFound(site), problems);
            if (claim.isEmpty()) {
                return Optional.empty();
            }
            lookup = lookup.withFromIfMatch(claim.get());
        }
        return Optional.of(models.handler(controller, site, body.get(), lookup));
    }

    /** The handler's lookup and the rules between it and the body; {@code null} when it names none or problems. */
    private LookupModel lookup(TypeElement controller, HandlerSite site, FoundBody body, PackageElement pkg,
                               List<Problem> problems) {
        Optional<LookupSite> named = lookups.named(controller, site);
        if (named.isEmpty()) {
            rules.checkWithoutLookup(controller, site, body, problems);
            return null;
        }
        Optional<LookupModel> lookup = lookups.find(controller, site, named.get(), pkg, problems);
        lookup.ifPresent(found -> rules.checkLookupMatchesBody(site.method(), named.get(), found, body, problems));
        return lookup.orElse(null);
    }
}
