/** The page's own fetch, taken before a test puts a fake endpoint in its place. */
const pageFetch = window.fetch.bind(window);

/**
 * Signs this browser in to the test server as `email` through the demo's login
 * (demo/reference-endpoint.mjs, `demoLoginMiddleware`): the vendor's session the
 * reference endpoint reads the buyer from. `null` signs out.
 */
export async function signInAs(email: string | null): Promise<void> {
  const answer = await pageFetch('/api/demo-login', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({email}),
  });
  if (!answer.ok) throw new Error(`the demo login answered ${answer.status} for ${email}`);
}

/** A vendor serves its page to a signed-in buyer, the one its tile names: signs that buyer in (if `html` names one). */
export async function signInAsTileBuyer(html: string): Promise<void> {
  const buyer = /<ab-registration\b[^>]*\semail="([^"]+)"/.exec(html)?.[1];
  if (buyer) await signInAs(buyer);
}
