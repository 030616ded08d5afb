// Its own module, so the theme is a chunk of its own, loaded only where a host asks for it.
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
