package sawmill.cutlist;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Stack;

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
    for (int i = 0; i < boards.size(); i++) {
      Board board = boards.get(i);
      List<String> formula = formulas.get(board.species());
      if (formula == null) {
        throw new IllegalArgumentException("no price formula for " + board.species());
      }
      cents[i] = Math.round(evaluate(formula, board) * 100);
    }
    return cents;
  }

  private static double evaluate(List<String> formula, Board board) {
    Stack<Double> stack = new Stack<>();
    for (String token : formula) {
      switch (token) {
        case "+" -> stack.push(stack.pop() + stack.pop());
        case "*" -> stack.push(stack.pop() * stack.pop());
        case "max" -> stack.push(Math.max(stack.pop(), stack.pop()));
        case "-" -> {
          double right = stack.pop();
          stack.push(stack.pop() - right);
        }
        case "/" -> {
          double right = stack.pop();
          stack.push(stack.pop() / right);
        }
        case "L" -> stack.push(board.lengthFt());
        case "W" -> stack.push(board.widthIn());
        case "T" -> stack.push(board.thicknessIn());
        default -> stack.push(Double.parseDouble(token));
      }
    }
    if (stack.size() != 1) {
      throw new IllegalStateException("formula leaves " + stack.size() + " values");
    }
    return stack.peek();
  }
}
