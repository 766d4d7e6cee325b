import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmergencyNumberLinks } from "@/components/safety/emergency-number-links";
import { CRISIS_RESOURCES_REVIEWED, crisisResources } from "@/server/safety/crisis-resources";

export const metadata: Metadata = { title: "Get help now" };

export default function HelpPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Get help now</h1>
      <p className="text-lg text-stone-800">
        You’re not alone. If things feel like too much right now, you can talk to someone today — free, confidential, and
        any time of day.
      </p>
      <Card tone="urgent" className="space-y-2" aria-labelledby="emergency-title">
        <h2 id="emergency-title" className="text-xl font-semibold text-rose-950">
          If you or someone else is in immediate danger
        </h2>
        <p className="text-rose-950">Call your local emergency number:</p>
        <EmergencyNumberLinks />
      </Card>
      <ul className="space-y-4">
        {crisisResources.map((resource) => (
          <li key={resource.id}>
            <Card className="space-y-3" aria-labelledby={`${resource.id}-title`}>
              <div>
                <p className="text-sm font-medium uppercase tracking-wide text-stone-700">{resource.region}</p>
                <h2 id={`${resource.id}-title`} className="text-xl font-semibold">
                  {resource.name}
                </h2>
                <p className="text-stone-800">{resource.about}</p>
              </div>
              <ul className="flex flex-wrap gap-3">
                {resource.contacts.map((contact) => (
                  <li key={contact.href}>
                    <a
                      className="inline-block min-h-11 rounded-lg border border-teal-800 px-4 py-2 font-medium text-teal-900 hover:bg-teal-50"
                      href={contact.href}
                      {...(contact.href.startsWith("http") ? { rel: "noopener noreferrer", target: "_blank" } : {})}
                    >
                      {contact.label}
                    </a>
                  </li>
                ))}
              </ul>
            </Card>
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-700">
        These numbers were last checked against each service’s own website on {CRISIS_RESOURCES_REVIEWED}. Twofold does not
        contact anyone on your behalf, and your partner is never told that you opened this page.
      </p>
    </div>
  );
}
