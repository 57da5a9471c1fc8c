// A server component: the tile's HTML is rendered on the server, then hydrated.
import {AmazonBusinessTile} from './amazon-business-tile';

export default function Catalogue() {
  return (
    <main>
      <h1>Catalogue</h1>
      <AmazonBusinessTile email="user4@abdemoaccount.com" csrfToken="from-next" />
    </main>
  );
}
