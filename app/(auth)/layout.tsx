import { Card } from "@/components/ui/card";
import { Main } from "@/components/ui/main";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <Main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-6 text-center text-2xl font-bold tracking-tight">Pendulum</p>
      <Card padding="md" className="shadow-sm">
        {children}
      </Card>
    </Main>
  );
}
