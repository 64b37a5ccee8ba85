package dev.flamefix.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing of {@code flamefix.access.*} and token matching, without a server. */
class AccessPropertiesTest {

  @Test
  void listAndEnvironmentFormsAreCombined() {
    AccessProperties p = new AccessProperties(
        List.of(new AccessProperties.TokenEntry("v-secret", "Viewer")),
        " operator:o-secret , approver:a:b:c ");
    List<AccessProperties.ApiToken> tokens = p.parse();
    assertThat(tokens).extracting(AccessProperties.ApiToken::role)
        .containsExactly(ApiRole.VIEWER, ApiRole.OPERATOR, ApiRole.APPROVER);
    // Only the first colon separates: tokens may contain colons.
    assertThat(tokens.get(2).token()).isEqualTo("a:b:c");
    assertThat(tokens.toString()).doesNotContain("secret").doesNotContain("a:b:c");

    ApiTokens t = new ApiTokens(tokens);
    assertThat(t.required()).isTrue();
    assertThat(t.roleOf("o-secret")).contains(ApiRole.OPERATOR);
    assertThat(t.roleOf("a:b:c")).contains(ApiRole.APPROVER);
    assertThat(t.roleOf("o-secre")).isEmpty();
    assertThat(t.roleOf("")).isEmpty();
    assertThat(t.count(ApiRole.VIEWER)).isEqualTo(1);
  }

  @Test
  void malformedEntriesFailWithoutEchoingTheToken() {
    assertThatThrownBy(() -> new AccessProperties(List.of(), "admin:top-secret").parse())
        .hasMessageContaining("entry 1").hasMessageContaining("viewer, operator or approver")
        .hasMessageNotContaining("top-secret");
    assertThatThrownBy(() -> new AccessProperties(List.of(), "viewer:ok,no-colon-secret").parse())
        .hasMessageContaining("entry 2").hasMessageNotContaining("no-colon-secret");
    assertThatThrownBy(() -> new AccessProperties(
            List.of(new AccessProperties.TokenEntry(" ", "viewer")), null).parse())
        .hasMessageContaining("tokens[0].token is empty");
  }

  @Test
  void noConfigurationMeansOpen() {
    assertThat(new ApiTokens(new AccessProperties(null, null).parse()).required()).isFalse();
  }
}
