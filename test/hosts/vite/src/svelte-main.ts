import {mount} from 'svelte';
import Tile from './Tile.svelte';

mount(Tile, {target: document.getElementById('app')!, props: {email: 'user4@abdemoaccount.com', csrfToken: 'from-svelte'}});
