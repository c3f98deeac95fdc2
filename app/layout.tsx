import type { Metadata, Viewport } from "next";
import { ServiceWorker } from "@/components/service-worker";
import { SkipLink } from "@/components/ui/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pendulum", template: "%s · Pendulum" },
  description: "A weekly check-in that helps new team leads stay healthy in their first leadership years.",
  applicationName: "Pendulum",
  appleWebApp: { capable: true, title: "Pendulum", statusBarStyle: "default" },
};

// Rendered per request, even pages that could be static (not-found): their scripts need the nonce of
// the response's Content-Security-Policy (proxy.ts).
export const dynamic = "force-dynamic";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <ServiceWorker>
          <SkipLink />
          {children}
        </ServiceWorker>
      </body>
    </html>
  );
}
