package io.precondition.processor;

import com.palantir.javapoet.TypeName;

import java.util.List;

/**
 * How to read the validators of one type: the parts of its entity tag and its modification date, as accessor
 * expressions. Holds no {@code Element}, so that the writer can be tested without javac.
 *
 * @param type the type whose validators are read
 * @param simpleName a name for the generated method, e.g. {@code "Page"}
 * @param tagParts the entity tag's parts in order (empty: no entity tag)
 * @param collectionTag when set, the entity tag is the weak digest of this collection property's elements
 * @param lastModified the modification date, or {@code null}
 */
record ValidatorModel(TypeName type, String simpleName, List<TagPart> tagParts, CollectionTag collectionTag,
                      DatePart lastModified) {

    boolean hasTag() {
        return !tagParts.isEmpty() || collectionTag != null;
    }

    boolean isEmpty() {
        return !hasTag() && lastModified == null;
    }

    /**
     * A short description for messages, e.g. {@code "ETag(id: uuid, version: number) + Last-Modified"}: two types
     * describe the same validators exactly when their descriptions are equal (the parts' names, order and kinds).
     */
    String describe() {
        StringBuilder out = new StringBuilder();
        if (collectionTag != null) {
            out.append("weak ETag(").append(collectionTag.element().describe()).append(")");
        } else if (!tagParts.isEmpty()) {
            out.append("ETag(");
            for (int i = 0; i < tagParts.size(); i++) {
                TagPart part = tagParts.get(i);
                out.append(i == 0 ? "" : ", ").append(part.name()).append(": ")
                        .append(part.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.append(")");
        } else {
            out.append("no ETag");
        }
        out.append(lastModified == null ? ", no Last-Modified" : " + Last-Modified");
        return out.toString();
    }

    /** What kind of value a tag part is: decides how the generated code adds it to the tag. */
    enum PartKind { NUMBER, STRING, UUID, BYTES }

    /**
     * @param accessor the expression that reads it from a variable named {@code value}, e.g. {@code value.getId()}
     * @param type its declared type
     * @param kind how it is added to the tag
     * @param primitive whether it can never be null
     * @param name the property's name, e.g. {@code version} for {@code getVersion()}
     */
    record TagPart(String accessor, TypeName type, PartKind kind, boolean primitive, String name) {
    }

    /** How a modification date converts to an {@code Instant}. */
    enum DateKind { INSTANT, OFFSET_OR_ZONED, LOCAL, DATE, EPOCH_MILLIS }

    /**
     * @param accessor the expression that reads it from {@code value}
     * @param type its declared type
     * @param kind how it converts
     * @param primitive whether it can never be null
     * @param zone the zone id for {@link DateKind#LOCAL}, or {@link #JVM_ZONE}
     */
    record DatePart(String accessor, TypeName type, DateKind kind, boolean primitive, String zone) {
        /** The zone of a {@code LocalDateTime} without {@code @LastModified(zone)}: the JVM's, read at run time. */
        static final String JVM_ZONE = "";

    }

    /**
     * @param accessor the expression that reads the collection from {@code value}
     * @param element the elements' validators
     */
    record CollectionTag(String accessor, ValidatorModel element) {
    }
}
