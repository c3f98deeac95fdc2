import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): installs Pendulum on a phone's home screen, opening the check-in. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Pendulum",
    short_name: "Pendulum",
    description: "A weekly check-in that helps new team leads stay healthy in their first leadership years.",
    start_url: "/checkin",
    scope: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [{ name: "Log last week", url: "/checkin", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] }],
  };
}
