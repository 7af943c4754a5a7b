/** Where the dashboard lives on the shared HTTP server, under PUBLIC_URL. */
export const dashboardPath = '/dashboard';
