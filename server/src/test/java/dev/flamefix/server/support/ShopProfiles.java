package dev.flamefix.server.support;

/** Hand-made collapsed stacks of a fictional "shop" app, with known shares. */
public final class ShopProfiles {

  private ShopProfiles() {}

  /** 70% Pricing.slowTotal (30 of it in HashMap.get below it), 30% Report.render: 100 samples. */
  public static final String BASE =
      "java.lang.Thread.run;com.acme.shop.Checkout.handle;com.acme.shop.Pricing.slowTotal 40\n"
          + "java.lang.Thread.run;com.acme.shop.Checkout.handle;com.acme.shop.Pricing.slowTotal;"
          + "java.util.HashMap.get 30\n"
          + "java.lang.Thread.run;com.acme.shop.Checkout.handle;com.acme.shop.Report.render 30\n";

  /** 10% Pricing.slowTotal, 90% Report.render: 100 samples (the report got hot). */
  public static final String LATER =
      "java.lang.Thread.run;com.acme.shop.Checkout.handle;com.acme.shop.Pricing.slowTotal 10\n"
          + "java.lang.Thread.run;com.acme.shop.Checkout.handle;com.acme.shop.Report.render 90\n";

  /** Query string for a window of app {@code app} from {@code fromSec} to {@code fromSec + 10}. */
  public static String query(String app, long fromSec) {
    return "name="
        + app
        + ".cpu%7Benv%3Dtest%7D&from="
        + fromSec
        + "&until="
        + (fromSec + 10)
        + "&format=folded&sampleRate=100&spyName=flamefix&units=samples&pid=42&host=h1";
  }
}
