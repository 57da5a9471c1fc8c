import {str} from '@lit/localize';

export const templates = {clicked: str`Cliqué ${0} fois`};
