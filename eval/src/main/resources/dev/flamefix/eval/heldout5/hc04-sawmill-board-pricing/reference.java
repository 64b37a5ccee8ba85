package sawmill.cutlist;

import java.util.Arrays;
import java.util.EmptyStackException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices sawn boards with the yard's per-species formulas, written in reverse Polish notation
 * over L (length, feet), W (width, inches), T (thickness, inches), numbers and + - * / max.
 */
public class BoardPricer {

  public record Board(String species, double lengthFt, double widthIn, double thicknessIn) {}

  private final Map<String, List<String>> formulas = new HashMap<>();

  public BoardPricer(Map<String, String> formulaBySpecies) {
    formulaBySpecies.forEach((species, rpn) -> formulas.put(species, Arrays.asList(rpn.trim().split("\\s+"))));
  }

  /** Price of every board in cents (rounded half up), in cut-list order. */
  public long[] priceCents(List<Board> boards) {
    long[] cents = new long[boards.size()];
    double[] stack = new double[16];
    for (int i = 0; i < boards.size(); i++) {
      Board board = boards.get(i);
      List<String> formula = formulas.get(board.species());
      if (formula == null) {
        throw new IllegalArgumentException("no price formula for " + board.species());
      }
      if (stack.length < formula.size()) {
        stack = new double[formula.size()];
      }
      cents[i] = Math.round(evaluate(formula, board, stack) * 100);
    }
    return cents;
  }

  /** Evaluates on a primitive operand stack; it can never hold more values than there are tokens. */
  private static double evaluate(List<String> formula, Board board, double[] stack) {
    int top = 0;
    for (String token : formula) {
      switch (token) {
        case "+", "*", "max", "-", "/" -> {
          if (top < 2) {
            throw new EmptyStackException();
          }
          double right = stack[--top];
          double left = stack[top - 1];
          stack[top - 1] = switch (token) {
            case "+" -> left + right;
            case "*" -> left * right;
            case "max" -> Math.max(left, right);
            case "-" -> left - right;
            default -> left / right;
          };
        }
        case "L" -> stack[top++] = board.lengthFt();
        case "W" -> stack[top++] = board.widthIn();
        case "T" -> stack[top++] = board.thicknessIn();
        default -> stack[top++] = Double.parseDouble(token);
      }
    }
    if (top != 1) {
      throw new IllegalStateException("formula leaves " + top + " values");
    }
    return stack[0];
  }
}
