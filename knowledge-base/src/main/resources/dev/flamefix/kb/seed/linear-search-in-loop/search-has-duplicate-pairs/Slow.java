final class Slow {

    static boolean hasDuplicate(long[] transactionIds) {
        for (int i = 0; i < transactionIds.length; i++) {
            for (int j = i + 1; j < transactionIds.length; j++) {
                if (transactionIds[i] == transactionIds[j]) {
                    return true;
                }
            }
        }
        return false;
    }
}
