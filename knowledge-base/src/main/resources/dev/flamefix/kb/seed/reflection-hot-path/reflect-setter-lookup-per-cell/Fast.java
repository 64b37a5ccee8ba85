import dev.flamefix.kb.seed.SeedDomain.Contact;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

final class Fast {

    static List<String> load(List<String> header, List<List<String>> rows) {
        List<String> contacts = new ArrayList<>();
        try {
            Method[] setters = new Method[header.size()];
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                String setter = "set" + Character.toUpperCase(column.charAt(0)) + column.substring(1);
                setters[i] = Contact.class.getMethod(setter, String.class);
            }
            for (List<String> row : rows) {
                Contact c = new Contact();
                for (int i = 0; i < setters.length; i++) {
                    setters[i].invoke(c, row.get(i));
                }
                contacts.add(c.toString());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return contacts;
    }
}
