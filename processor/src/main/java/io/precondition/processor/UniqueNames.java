package io.precondition.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.precondition.processor.HandlerModel.LookupModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated methods are named after the validator types' simple names; two types of the same simple name (e.g.
 * {@code a.Item} and {@code b.Item}) would share them. Gives the later ones their package in the name.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    static ControllerModel of(ControllerModel model) {
        Map<TypeName, String> names = new LinkedHashMap<>();
        for (HandlerModel handler : model.handlers()) {
            if (handler.lookup() != null) {
                nameTypes(handler.lookup().value(), names);
            }
            if (handler.body() != null) {
                nameTypes(handler.body(), names);
            }
        }
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerModel h : model.handlers()) {
            LookupModel lookup = h.lookup() == null ? null : h.lookup().withValue(renamed(h.lookup().value(), names));
            handlers.add(h.withModels(lookup, h.body() == null ? null : renamed(h.body(), names)));
        }
        return new ControllerModel(model.controller(), model.bindings(), handlers);
    }

    private static void nameTypes(ValidatorModel model, Map<TypeName, String> names) {
        if (!names.containsKey(model.type())) {
            String name = model.simpleName();
            if (names.containsValue(name) && model.type() instanceof ClassName className) {
                StringBuilder qualified = new StringBuilder();
                for (String part : className.packageName().split("\\.")) {
                    if (!part.isEmpty()) {
                        qualified.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                }
                name = qualified + name;
            }
            for (int i = 2; names.containsValue(name); i++) {
                name = model.simpleName() + i;
            }
            names.put(model.type(), name);
        }
        if (model.collectionTag() != null) {
            nameTypes(model.collectionTag().element(), names);
        }
    }

    private static ValidatorModel renamed(ValidatorModel model, Map<TypeName, String> names) {
        ValidatorModel.CollectionTag collection = model.collectionTag() == null ? null
                : new ValidatorModel.CollectionTag(model.collectionTag().accessor(),
                        renamed(model.collectionTag().element(), names));
        return new ValidatorModel(model.type(), names.get(model.type()), model.tagParts(), collection,
                model.lastModified());
    }
}
