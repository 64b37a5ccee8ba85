import java.util.ArrayList;
import java.util.List;

final class Slow {

    static List<String> formatAll(List<byte[]> macs) {
        List<String> out = new ArrayList<>(macs.size());
        for (byte[] mac : macs) {
            String s = "";
            for (int i = 0; i < mac.length; i++) {
                s += (i == 0 ? "" : ":") + String.format("%02X", mac[i]);
            }
            out.add(s);
        }
        return out;
    }
}
