package com.acme.inventory;

/** A stock-keeping unit code with its unit price. */
public record Sku(String code, long unitCents) {}
