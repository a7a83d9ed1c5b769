package io.precondition.processor;

/**
 * The words of every diagnostic, each with a stable id, the rule and the fix. Tests and the README quote these.
 */
final class Messages {

    private Messages() {
    }

    static String versionedOnWrite(String method, String httpMethod) {
        return "[Precondition/VersionedOnWrite] @Versioned is for GET handlers, but " + method + " is @" + httpMethod
                + "; use @ConditionalWrite on writes.";
    }

    static String conditionalWriteOnRead(String method, String httpMethod) {
        return "[Precondition/ConditionalWriteOnRead] @ConditionalWrite is for PUT, PATCH, DELETE and POST handlers, but "
                + method + " is @" + httpMethod + "; use @Versioned on reads.";
    }

    static String notAHandler(String method) {
        return "[Precondition/NotAHandler] " + method + " has no HTTP method annotation (@Get, @Put, @Patch, @Delete or"
                + " @Post); annotate it as a route or remove the precondition annotation.";
    }

    static String notInController(String method, String type) {
        return "[Precondition/NotInController] " + method + " is in " + type + ", which is not a @Controller;"
                + " preconditions apply to controller routes only.";
    }

    static String bothAnnotations(String method) {
        return "[Precondition/BothAnnotations] " + method + " has both @Versioned and @ConditionalWrite; keep the one"
                + " that fits its HTTP method.";
    }

    static String privateHandler(String method) {
        return "[Precondition/PrivateHandler] " + method + " is private; a route handler must not be private.";
    }

    static String privateController(String type) {
        return "[Precondition/PrivateController] " + type + " is private; the generated filter lives in its package"
                + " and must be able to reach it. Make it package-private or public.";
    }

    static String reactiveReturn(String method, String type) {
        return "[Precondition/UnsupportedReturnType] " + method + " returns " + type + ", whose body cannot be"
                + " validated: a blocking Future or a Kotlin Flow is not resolved before the response is sent, and a"
                + " stream must hold entities directly. Return T, Optional<T>, HttpResponse<T>, a List/Iterable/Page of"
                + " T, one of those in a Mono or CompletableFuture or from a Kotlin suspend fun, or a stream of T"
                + " (Flux<T>, Publisher<T>, also in HttpResponse).";
    }

    static String unknownBody(String method, String type) {
        return "[Precondition/UnknownBodyType] " + method + " returns " + type + ", whose body type cannot be known at"
                + " compile time; return the entity type (T, Optional<T>, HttpResponse<T>) so that its validators can be read.";
    }

    static String noValidators(String method, String type) {
        return "[Precondition/NoValidators] " + method + " returns " + type + ", which has no entity tag or modification"
                + " date: mark a property with @ETagSource or @LastModified (or a version: Micronaut Data's or"
                + " JPA's @Version; a modification date: Micronaut Data's @DateUpdated or Hibernate's"
                + " @UpdateTimestamp).";
    }

    static String opaqueBodyWithoutLookup(String method, String type) {
        return "[Precondition/NoValidators] " + method + " returns " + type + ", a body written as it is (text, bytes"
                + " or a file) with no properties to read validators from: name a lookup, e.g. @Versioned(lookup ="
                + " \"pageVersion\"), whose value has @ETagSource / @LastModified properties; they then version the body.";
    }

    static String noElementTag(String method, String type) {
        return "[Precondition/NoValidators] " + method + " returns " + type + ", a list or stream whose elements have"
                + " no entity tag; its ETag is a weak tag derived from its elements' tags: mark the elements' id and"
                + " version with @ETagSource (or Micronaut Data's or JPA's @Version).";
    }

    static String twoProperties(String type, String what, String first, String second) {
        return "[Precondition/TwoProperties] " + type + " has two " + what + " properties, " + first + " and " + second
                + "; keep one (use @ETagSource on several properties for a composite entity tag).";
    }

    static String unsupportedETagType(String property, String type) {
        return "[Precondition/UnsupportedETagType] @ETagSource/@Version property " + property + " has type " + type
                + "; supported: integral numbers, String, UUID, byte[], or a List/Iterable/Page of a type with an entity"
                + " tag.";
    }

    static String unsupportedLastModifiedType(String property, String type) {
        return "[Precondition/UnsupportedLastModifiedType] @LastModified/@DateUpdated/@UpdateTimestamp property "
                + property + " has"
                + " type " + type + "; supported: Instant, OffsetDateTime, ZonedDateTime, LocalDateTime, java.util.Date,"
                + " long (epoch milliseconds).";
    }

    static String collectionWithOthers(String type, String property) {
        return "[Precondition/CollectionTagWithOthers] " + type + "." + property + " is a collection @ETagSource, so it"
                + " must be the type's only @ETagSource.";
    }

    static String badZone(String property, String zone) {
        return "[Precondition/BadZone] @LastModified(zone = \"" + zone + "\") on " + property + " is not a valid"
                + " java.time.ZoneId; use e.g. \"UTC\" or \"Europe/Paris\".";
    }

    static String unreadableProperty(String property, String type) {
        return "[Precondition/UnreadableProperty] " + property + " of " + type + " is private and has no getter;"
                + " add a getter or record accessor so that the generated code can read it without reflection.";
    }

    /** The fix for a validator annotation that sits on a constructor parameter only (Kotlin without a use-site target). */
    static String parameterOnlyFix(String type, String parameters, String example) {
        return "The constructor of " + type + " has " + parameters + " on its parameters only, where no field or"
                + " getter carries it: in a Kotlin class an annotation on a constructor property lands on the"
                + " parameter; write @field:" + example + " (or @get:" + example + ") instead.";
    }

    static String parameterOnlyAnnotation(String type, String parameters, String example) {
        return "[Precondition/ParameterOnlyAnnotation] " + type + "'s validators are read from its fields and getters,"
                + " so this annotation would be ignored. " + parameterOnlyFix(type, parameters, example);
    }

    static String lookupRequired(String method) {
        return "[Precondition/LookupRequired] @ConditionalWrite on " + method + " needs a lookup method to evaluate"
                + " preconditions before the body is read: set @ConditionalWrite(lookup = \"...\") or"
                + " @Versioned(lookup = \"...\") on the controller.";
    }

    static String lookupNotFound(String lookup, String controller, String method) {
        return "[Precondition/LookupNotFound] no method " + lookup + " in " + controller + " (named by " + method
                + "); add one that takes route variables and returns Optional<V>, or fix the name.";
    }

    static String lookupOverloaded(String lookup, String controller) {
        return "[Precondition/LookupOverloaded] " + controller + " has several methods named " + lookup
                + "; a lookup must have exactly one.";
    }

    static String lookupPrivate(String lookup) {
        return "[Precondition/LookupNotAccessible] lookup method " + lookup + " is private (or static);"
                + " make it a package-private or public instance method so that the generated filter can call it.";
    }

    static String lookupParameter(String lookup, String parameter, String variables) {
        return "[Precondition/LookupParameter] parameter " + parameter + " of lookup " + lookup + " is not a route"
                + " variable of the handler (route variables: " + variables + "); name it after one, or use"
                + " @PathVariable(\"name\").";
    }

    static String lookupReturn(String lookup, String type) {
        return "[Precondition/LookupReturnType] lookup " + lookup + " returns " + type + "; return Optional<V> (or a"
                + " nullable V), also in a Mono or CompletionStage or from a Kotlin suspend fun, where V has"
                + " @ETagSource/@LastModified or @Version/@DateUpdated properties.";
    }

    static String lookupMismatch(String lookup, String lookupParts, String method, String bodyParts) {
        return "[Precondition/LookupMismatch] lookup " + lookup + " gives validators " + lookupParts + " but "
                + method + " returns validators " + bodyParts + "; both must describe the same entity tag (the same"
                + " parts, by name, in the same order) and modification date, or a 304 and an If-Match could never"
                + " match.";
    }

    static String unguardedWrite(String method, String valueType) {
        return "[Precondition/UnguardedWrite] " + method + " is a @ConditionalWrite without a CheckedState parameter,"
                + " so nothing ties its write to the state its preconditions passed against: a write that lands between"
                + " the check and this one is lost. Take CheckedState<" + valueType + "> and hand its version to the"
                + " write (e.g. UPDATE ... WHERE id = ? AND version = ?, or Micronaut Data's update of the @Version"
                + " entity); if the handler makes the write atomic by other means, say so with"
                + " @ConditionalWrite(guardsWriteItself = true).";
    }

    static String inheritsHandler(String controller, String method) {
        return "[Precondition/InheritedHandler] " + controller + " inherits the annotated handler " + method
                + " from another controller, whose generated bindings cover only the controller that declares it, so"
                + " its routes in " + controller + " would go unchecked; override it in " + controller + " with its"
                + " route and precondition annotations, or move the shared handler into an abstract base class or an"
                + " API interface.";
    }

    static String ifMatchWithoutLookupNotFound(String method) {
        return "[Precondition/IfMatchWithoutLookup] " + method + " has lookupOnIfMatch = false, but it answers 404 for"
                + " an absent resource (PATCH and DELETE do by default), which only the lookup can tell; remove"
                + " lookupOnIfMatch = false, or set whenAbsent = EVALUATE so that an absent resource fails If-Match"
                + " with 412.";
    }

    static String ifMatchWithoutLookupUnguarded(String method) {
        return "[Precondition/IfMatchWithoutLookup] " + method + " has lookupOnIfMatch = false but no CheckedState<V>"
                + " parameter, so nothing would check its write; declare one and key the write on the route and on"
                + " every part of the tag (e.g. UPDATE ... WHERE slug = ? AND id = ? AND version = ?).";
    }

    static String ifMatchWithoutLookupValue(String method, String type, String reason) {
        return "[Precondition/IfMatchWithoutLookup] " + method + " has lookupOnIfMatch = false, but its lookup's value "
                + type + " cannot be rebuilt from an If-Match tag: " + reason + ". Make it a record of the tag's"
                + " parts (and optionally a nullable Last-Modified), or remove lookupOnIfMatch = false.";
    }

    static String clientWriteWithoutPrecondition(String method) {
        return "[Precondition/ClientWriteWithoutPrecondition] " + method + " is @ConditionalWrite but has no way to"
                + " receive the precondition of the representation its caller changed: take the value returned by a"
                + " @Versioned read as a Tagged<T> @Body, or add a parameter @Header(\"If-Match\") String ifMatch"
                + " (@Header(\"If-None-Match\") String for a create).";
    }

    /** A client inherits the write from an API interface, which its controller may implement without the header. */
    static String inheritedClientWriteWithoutPrecondition(String client, String method, String api) {
        return "[Precondition/ClientWriteWithoutPrecondition] " + client + "." + method + ", inherited from " + api
                + "." + method + ", is @ConditionalWrite but has no way to receive the precondition of the"
                + " representation its caller changed (a controller implementing " + api + " needs none; the client"
                + " " + client + " does): add a parameter @Nullable @Header(\"If-Match\") String ifMatch to " + api
                + "." + method + " (@Header(\"If-None-Match\") for a create), or override " + method + " in " + client
                + " with @Header(\"If-Match\") on a String parameter it has, or take the value returned by a"
                + " @Versioned read as a Tagged<T> @Body.";
    }

    static String clientVersionedNotGet(String method) {
        return "[Precondition/ClientVersionedNotGet] " + method + " has @Versioned, which is for GET reads; use"
                + " @ConditionalWrite on a write.";
    }

    static String inheritedClientVersionedNotGet(String client, String method, String api) {
        return "[Precondition/ClientVersionedNotGet] " + client + "." + method + ", inherited from " + api + "."
                + method + ", has @Versioned, which is for GET reads; use @ConditionalWrite on a write (on " + api
                + "." + method + ").";
    }

    static String unexpected(String element, String stackTrace) {
        return "[Precondition/Internal] an unexpected error happened while processing " + element
                + "; please report this with the stack trace:\n" + stackTrace;
    }
}
