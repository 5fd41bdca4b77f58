/** JSON from `address`, failing on an HTTP error as on a network one, so one catch handles both. */
export const fetchJson = <T>(address: string) =>
  fetch(address).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json() as Promise<T>;
  });
