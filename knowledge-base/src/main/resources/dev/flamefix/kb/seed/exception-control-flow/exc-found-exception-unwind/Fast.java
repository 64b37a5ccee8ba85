import dev.flamefix.kb.seed.SeedDomain.Node;

final class Fast {

    static int search(Node node, int depth, int target) {
        if (node.key() == target) {
            return depth;
        }
        for (Node child : node.children()) {
            int found = search(child, depth + 1, target);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    static int[] depths(Node root, int[] targets) {
        int[] out = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            out[i] = search(root, 0, targets[i]);
        }
        return out;
    }
}
