import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

final class Fast {

    static long countLinesAndWords(Path file) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        try (Reader r = new BufferedReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
            int c;
            while ((c = r.read()) != -1) {
                if (c == '\n') {
                    lines++;
                }
                boolean letter = Character.isLetter(c);
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines * 1_000_000 + words;
    }
}
