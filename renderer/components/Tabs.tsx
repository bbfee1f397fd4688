// Sub-pages of a step as a row of links: each has its own address, so the browser's back
// button, findings' links and a reload all land on the right one.
import { NavLink } from 'react-router';

export function TabLinks({ label, tabs }: { label: string; tabs: { to: string; label: string; end?: boolean }[] }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="tabs__tab">
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
