/** A colleague as the site knows them; `id` is the site's user id. */
export interface Person {
  id: number;
  name: string;
  email: string;
}
