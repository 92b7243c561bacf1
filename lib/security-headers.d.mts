export function contentSecurityPolicy(): string;
export function securityHeaders(): [name: string, value: string][];
