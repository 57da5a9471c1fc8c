import {createApp} from 'vue';
import Tile from './Tile.vue';

createApp(Tile, {email: 'user4@abdemoaccount.com', csrfToken: 'from-vue'}).mount('#app');
