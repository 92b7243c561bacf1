export function contentSecurityPolicy(nonce?: string): string;
export function securityHeaders(): [name: string, value: string][];
