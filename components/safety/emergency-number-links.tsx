import { emergencyNumbers } from "@/server/safety/emergency-numbers";

/** The local emergency numbers as call links: on /help, and on the page shown when everything fails. */
export function EmergencyNumberLinks() {
  return (
    <ul className="flex flex-wrap gap-3">
      {emergencyNumbers.map((number) => (
        <li key={number.href}>
          <a className="inline-block min-h-11 rounded-lg bg-rose-800 px-4 py-2 font-semibold text-white" href={number.href}>
            {number.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
