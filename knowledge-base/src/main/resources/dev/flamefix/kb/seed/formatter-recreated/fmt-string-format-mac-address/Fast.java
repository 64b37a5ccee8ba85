import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

final class Fast {

    private static final HexFormat MAC = HexFormat.ofDelimiter(":").withUpperCase();

    static List<String> formatAll(List<byte[]> macs) {
        List<String> out = new ArrayList<>(macs.size());
        for (byte[] mac : macs) {
            out.add(MAC.formatHex(mac));
        }
        return out;
    }
}
