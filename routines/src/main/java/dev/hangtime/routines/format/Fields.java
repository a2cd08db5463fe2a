package dev.hangtime.routines.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The members of one JSON object, checked against the fields its kind allows. Unknown, misplaced and
 * duplicate fields are reported when the view is made; lookups then see the first of any duplicates.
 */
final class Fields {

    private final Json.Obj object;
    private final String path;
    private final FieldSet set;
    private final Problems problems;
    private final Map<String, Json.Member> members = new LinkedHashMap<>();

    private Fields(Json.Obj object, String path, FieldSet set, Problems problems) {
        this.object = object;
        this.path = path;
        this.set = set;
        this.problems = problems;
    }

    static Fields of(Json.Obj object, String path, FieldSet set, Problems problems) {
        Fields fields = new Fields(object, path, set, problems);
        for (Json.Member member : object.members()) {
            fields.admit(member);
        }
        return fields;
    }

    private void admit(Json.Member member) {
        String name = member.name();
        Json.Member first = members.get(name);
        if (first != null) {
            problems.add(member.at(), path, "duplicate field " + MessageText.quote(name) + " (remove one; the first is"
                    + " at line " + first.at().line() + ", column " + first.at().column() + ")");
        } else if (set.fields().contains(name)) {
            members.put(name, member);
        } else if (set != FieldSet.ROUTINE && set != FieldSet.CUES && FieldSet.ANY_STEP_FIELD.contains(name)) {
            problems.add(member.at(), path, MessageText.quote(name) + " does not fit " + set.what() + " (remove it; "
                    + set.what() + " takes: " + String.join(", ", set.listed()) + ")");
        } else {
            problems.add(member.at(), path, "unknown field " + MessageText.quote(name) + " (" + EditDistance
                    .closest(name, set.fields()).map(s -> "did you mean " + MessageText.quote(s) + "?")
                    .orElseGet(() -> set.what() + " takes: " + String.join(", ", set.listed())) + ")");
        }
    }

    /** The value of {@code name}, if present. */
    Optional<Json> get(String name) {
        return Optional.ofNullable(members.get(name)).map(Json.Member::value);
    }

    /** The value of {@code name}; if it is missing, says so at the object. */
    Optional<Json> require(String name) {
        Optional<Json> value = get(name);
        if (value.isEmpty()) {
            problems.add(object, path, "missing field " + MessageText.quote(name) + " (" + set.what() + " needs: "
                    + String.join(", ", set.required().stream().filter(f -> !f.equals("type")).toList()) + ")");
        }
        return value;
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    /** Where the name of field {@code name} is written; call only when {@link #has} it. */
    Json.Position nameAt(String name) {
        return members.get(name).at();
    }

    /** The path of field {@code name} inside this object: {@code steps[2].hold}. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of the object itself. */
    String path() {
        return path;
    }

    Json.Obj object() {
        return object;
    }
}
