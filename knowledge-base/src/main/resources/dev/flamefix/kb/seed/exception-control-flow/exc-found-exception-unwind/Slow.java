import dev.flamefix.kb.seed.SeedDomain.Node;

final class Slow {

    static final class FoundException extends RuntimeException {

        final int depth;

        FoundException(int depth) {
            this.depth = depth;
        }
    }

    static void search(Node node, int depth, int target) {
        if (node.key() == target) {
            throw new FoundException(depth);
        }
        for (Node child : node.children()) {
            search(child, depth + 1, target);
        }
    }

    static int[] depths(Node root, int[] targets) {
        int[] out = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            try {
                search(root, 0, targets[i]);
                out[i] = -1;
            } catch (FoundException found) {
                out[i] = found.depth;
            }
        }
        return out;
    }
}
