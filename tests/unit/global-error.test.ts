import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { NEUTRAL_URL } from "@/components/safety/quick-exit";
import { emergencyNumbers } from "@/server/safety/crisis-resources";

describe("the page shown when everything else fails", () => {
  const html = renderToStaticMarkup(createElement(GlobalError, { error: Object.assign(new Error("Alex wrote: SECRET-WORDS"), { digest: "d1" }), reset: () => {} }));

  it("shows the emergency numbers on the page itself (/help may fail the same way)", () => {
    expect(emergencyNumbers.length).toBeGreaterThan(0);
    for (const number of emergencyNumbers) expect(html).toContain(`href="${number.href}"`);
    expect(html).toContain("<title>Something went wrong · Twofold</title>");
  });

  it("keeps crisis help and Exit one tap away, and offers to try again", () => {
    expect(html).toContain('href="/help"');
    expect(html).toContain("Get help now");
    expect(html).toContain(`href="${NEUTRAL_URL}"`);
    expect(html).toContain("Try again");
  });

  it("never shows the error itself, and doesn't blame the reader", () => {
    expect(html).not.toContain("SECRET-WORDS");
    expect(html).not.toContain("d1");
    expect(html).toContain("on our side");
  });
});
